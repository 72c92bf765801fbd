// Every command id Dossier registers (package.json contributes the same ones), and the VS Code commands it runs.
// No `vscode` import here: the unit tests check these ids against the manifest.

export const commands = {
  searchActors: 'dossier.searchActors',
  searchEvents: 'dossier.searchEvents',
  searchSources: 'dossier.searchSources',
  quoteSource: 'dossier.quoteSource',
  quoteInNote: 'dossier.quoteInNote',
  goToSource: 'dossier.goToSource',
  rebuildIndex: 'dossier.rebuildIndex',
  openMention: 'dossier.openMention',
  showMentions: 'dossier.showMentions',
  revealActor: 'dossier.revealActor',
  openCuration: 'dossier.openCuration',
  addActor: 'dossier.addActor',
  setArticleDate: 'dossier.setArticleDate',
  showActorTimeline: 'dossier.showActorTimeline',
  // Citations.
  checkCitations: 'dossier.checkCitations',
  exportBrief: 'dossier.exportBrief',
  // The Actors view.
  sortActorsByName: 'dossier.actors.sortByName',
  sortActorsByMentions: 'dossier.actors.sortByMentions',
  filterActors: 'dossier.actors.filter',
  clearActorsFilter: 'dossier.actors.clearFilter',
  showMoreActors: 'dossier.actors.showMore',
  copyName: 'dossier.actors.copyName',
  findInNotes: 'dossier.actors.findInNotes',
  revealMentions: 'dossier.actors.revealMentions',
  searchActorEvents: 'dossier.actors.searchEvents',
  correctActor: 'dossier.actors.correct',
  setActorType: 'dossier.actors.setType',
  mergeActor: 'dossier.actors.mergeInto',
  rejectActor: 'dossier.actors.reject',
  // The Review view.
  reviewAccept: 'dossier.review.accept',
  reviewSetType: 'dossier.review.setType',
  reviewMerge: 'dossier.review.merge',
  reviewReject: 'dossier.review.reject',
  showMoreReview: 'dossier.review.showMore',
  // The Events view.
  showMoreEvents: 'dossier.events.showMore',
} as const;

/** The commands a hover card links to: the only ones it may run. */
export const cardCommands = {
  openMention: commands.openMention,
  showMentions: commands.showMentions,
  revealActor: commands.revealActor,
  correctActor: commands.correctActor,
  quoteSource: commands.quoteSource,
  showActorTimeline: commands.showActorTimeline,
};

/** VS Code's own commands that Dossier runs. */
export const vscodeCommands = {
  setContext: 'setContext',
  peekLocations: 'editor.action.peekLocations',
  showReferences: 'editor.action.showReferences',
  open: 'vscode.open',
  showProblems: 'workbench.actions.view.problems',
  findInFiles: 'workbench.action.findInFiles',
  openSideBar: 'workbench.view.extension.dossier',
  openWalkthrough: 'workbench.action.openWalkthrough',
} as const;
