/** Demo logins, one per role. Printed by the start script; never created in production. */
export const DEMO_ACCOUNTS = {
  superAdmin: { email: 'admin@verbund.example', password: 'Verbund-Demo-2024', firstname: 'Sabine', lastname: 'Admin' },
  kommunikation: { email: 'presse@verbund.example', password: 'Verbund-Demo-2024', firstname: 'Kim', lastname: 'Kommunikation', roleCode: 'verbund-kommunikation' },
  koordination: { email: 'koordination@verbund.example', password: 'Verbund-Demo-2024', firstname: 'Jonas', lastname: 'Koordination', roleCode: 'verbund-koordination' },
  steuerkreis: { username: 'steuerkreis', email: 'steuerkreis@verbund.example', password: 'Verbund-Demo-2024' },
} as const;
