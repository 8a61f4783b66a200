import { TOPIC } from '@verbund/domain';

/**
 * The topic vocabulary shared by offers, needs, working groups and consultations, with the German
 * label staff pick from; defined in the domain package, named here as the plugin and the admin's
 * topic field import it.
 */
export const TOPICS = TOPIC.values;
export const TOPIC_LABELS = TOPIC.labels;
export type { Topic } from '@verbund/domain';
