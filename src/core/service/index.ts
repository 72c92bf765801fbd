// Stage 8, the service: the index kept in step with a workspace (see dossier.ts).
export { createDossier, type Display, Dossier, type DossierOptions } from './dossier';
export { datesFile, editDatesFile, isIsoDate, parseDates, parseDatesFile } from './articleDates';
export { defaultFileSettings, type FileSettings } from './settings';
export { curationFile, type Workspace, type WorkspaceChange } from './workspace';
