export * from './content';
export * from './comments';
export * from './library';
export { applyWorkflowAction } from '../workflow';
export { mainOwnedFields, mergeSave } from '../save-merge';
