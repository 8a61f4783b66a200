export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Log lines (English) to stderr with a timestamp; stdout stays free for command output. */
export const consoleLogger: Logger = {
  info: (message) => console.error(`${new Date().toISOString()} info  ${message}`),
  warn: (message) => console.error(`${new Date().toISOString()} warn  ${message}`),
  error: (message) => console.error(`${new Date().toISOString()} error ${message}`),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
