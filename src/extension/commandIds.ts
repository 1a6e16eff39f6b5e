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
  // Used by hovers, quick fixes and the corpus view; hidden from the palette.
  insertCitation: 'factDesk.insertCitation',
  copyQuote: 'factDesk.copyQuote',
  showStatement: 'factDesk.showStatement',
  ignoreClaim: 'factDesk.ignoreClaim',
} as const;
