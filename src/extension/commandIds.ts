/** Every command id Fact Desk registers, in one place (package.json `contributes.commands` lists the public ones). */
export const COMMAND = {
  lookUpStatement: 'factDesk.lookUpStatement',
  checkCurrentDraft: 'factDesk.checkCurrentDraft',
  checkAllDrafts: 'factDesk.checkAllDrafts',
  exportReport: 'factDesk.exportReport',
  addSelectionToCorpus: 'factDesk.addSelectionToCorpus',
  showCorpus: 'factDesk.showCorpus',
  toggleChecking: 'factDesk.toggleChecking',
  openSampleDraft: 'factDesk.openSampleDraft',
  importArticle: 'factDesk.importArticle',
  showIgnoredClaims: 'factDesk.showIgnoredClaims',
  // The ignored-claims view's actions, and Ctrl+Z right after an ignore.
  unignoreClaim: 'factDesk.unignoreClaim',
  openIgnoreFile: 'factDesk.openIgnoreFile',
  undoIgnore: 'factDesk.undoIgnore',
  // The import review view's actions (title bar and inline).
  reviewAcceptConfident: 'factDesk.review.acceptConfident',
  reviewSave: 'factDesk.review.save',
  reviewClear: 'factDesk.review.clear',
  reviewAccept: 'factDesk.review.accept',
  reviewReject: 'factDesk.review.reject',
  reviewEdit: 'factDesk.review.edit',
  // Used by hovers, quick fixes and the corpus view; hidden from the palette.
  insertCitation: 'factDesk.insertCitation',
  copyQuote: 'factDesk.copyQuote',
  showStatement: 'factDesk.showStatement',
  // The corpus view's "Show 200 more" row (not contributed: never in the palette).
  corpusViewShowMore: 'factDesk.corpusView.showMore',
  ignoreClaim: 'factDesk.ignoreClaim',
  // The Problems panel's documentation link of a diagnostic (its code).
  showFindingDocs: 'factDesk.showFindingDocs',
} as const;
