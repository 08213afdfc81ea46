/** "Who still has to enter": per class and teacher, who has a grade for a collection, and the chase list to send. */
export { completionPlan, layoutCollections, type CompletionGroup, type CompletionPlan, type MissingPupil } from './completion';
export { chaseListText, groupCount, groupName } from './chaseList';
