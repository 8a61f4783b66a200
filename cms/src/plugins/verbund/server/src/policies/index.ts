import isAnalyticsClient from './is-analytics-client';

export default { 'is-analytics-client': isAnalyticsClient };
