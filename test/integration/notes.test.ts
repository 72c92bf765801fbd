import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { dossier, eventually, hoverText, positionOf, workspaceUri } from './support';

const timeline = () => workspaceUri('notes', 'tiktok-ban-timeline.md');
const bidders = () => workspaceUri('notes', 'bidders.md');
const afpTitle = 'TikTok ramps up defense against US accusations';

describe('Notes: hover, definition, references, completion, symbols', () => {
  before(dossier);

  it('hovering "Trump" in a note shows the card of Donald Trump with a sentence from the AFP article', async () => {
    const { document, position } = await positionOf(timeline(), "Trump's order");
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers);
    assert.match(text, /\*\*Donald Trump\*\* · person/);
    assert.match(text, /\*also\* .*Trump/);
    assert.match(text, /\d+ mentions in 2 articles/);
    assert.ok(text.includes(afpTitle.slice(0, 23)), 'cites the AFP article (its title cut to fit the card)');
    assert.match(text, /\*\*Donald Trump\*\*|\*\*Trump\*\*/);
    assert.match(text, /command:dossier\.openMention\?/);
    assert.equal(hovers[0].range?.start.character, document.lineAt(position.line).text.indexOf('Trump'));
  });

  it("lists Trump's own events first on his card, before those that only name him", async () => {
    const { document, position } = await positionOf(timeline(), "Trump's order");
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const events = hoverText(hovers).match(/^`\d{4}[^`]*` .*$/gm) ?? [];
    assert.match(events[0] ?? '', /^`2020-08-14` Trump signed a separate executive order/, events.join('\n'));
    const bought = events.findIndex((line) => /^`2017` The app it bought/.test(line));
    assert.ok(bought === -1 || bought > 0, 'the app ByteDance bought in 2017 is not Trump\'s doing');
    assert.match(hoverText(hovers), /\[timeline…\]\(command:dossier\.showActorTimeline\?/);
  });

  it('a hover card is trusted for Dossier commands only', async () => {
    const { document, position } = await positionOf(bidders(), 'Oracle');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const card = hovers[0].contents[0] as vscode.MarkdownString;
    assert.equal(typeof card.isTrusted, 'object');
    const enabled = (card.isTrusted as { enabledCommands: string[] }).enabledCommands;
    assert.ok(enabled.length > 0 && enabled.every((command) => command.startsWith('dossier.')), enabled.join());
    assert.match(card.value, /\[Correct…\]\(command:dossier\.actors\.correct\?/);
  });

  it('no hover on words that are not actors', async () => {
    const { document, position } = await positionOf(timeline(), 'Working notes');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    assert.doesNotMatch(hoverText(hovers), /mentions? in/);
  });

  it('Go to Definition on "ByteDance" leads to its mentions in the sources', async () => {
    const { document, position } = await positionOf(bidders(), 'ByteDance');
    const links = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position);
    assert.ok(links.length >= 3, `expected the mentions in both articles, got ${links.length}`);
    for (const link of links) {
      const uri = 'targetUri' in link ? link.targetUri : link.uri;
      const range = 'targetRange' in link ? link.targetRange : link.range;
      assert.match(uri.path, /\/sources\/tiktok-.*\.txt$/);
      const source = await vscode.workspace.openTextDocument(uri);
      assert.equal(source.getText(range), 'ByteDance');
    }
  });

  it('Find All References on "Oracle" lists sources and notes', async () => {
    const { document, position } = await positionOf(bidders(), 'Oracle');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
    const files = new Set(locations.map((l) => l.uri.path.replace(/^.*\/newsroom\//, '')));
    assert.ok(files.has('sources/tiktok-ramps-up-defense.txt'), [...files].join());
    assert.ok(files.has('notes/bidders.md'));
    assert.ok(files.has('notes/tiktok-ban-timeline.md'));
    for (const location of locations) {
      const text = (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
      assert.equal(text, 'Oracle');
    }
  });

  it('typing [[ offers actors, and inserts the canonical name', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'See [[Tik' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 9), '[');
    const tiktok = list.items.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'TikTok');
    assert.ok(tiktok, 'TikTok is offered');
    assert.match(String(tiktok.detail), /organization · \d+ mentions in 2 articles/);
    assert.equal(tiktok.insertText, 'TikTok]]');
  });

  it('[[ completion forgives typos and is asked again as the name is typed', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'See [[bytedanse' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 15), '[');
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.equal(labels[0], 'ByteDance', labels.join());
    assert.equal(list.isIncomplete, true);
  });

  it('Go to Symbol in Workspace finds actors and events', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Zhao');
    const zhao = symbols.find((s) => s.name === 'Zhao Lijian');
    assert.ok(zhao, symbols.map((s) => s.name).join());
    assert.match(zhao.location.uri.path, /tiktok-ramps-up-defense\.txt$/);
    const events = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Musical.ly');
    assert.ok(events.some((s) => s.kind === vscode.SymbolKind.Event && s.name.startsWith('2020-08-14')));
  });

  it('Dossier: Go to Source jumps from a note to the first mention', async () => {
    const { document, position } = await positionOf(timeline(), 'Zhao Lijian');
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('dossier.goToSource');
    const target = await eventually(() => {
      const active = vscode.window.activeTextEditor;
      return active && active.document.uri.path.endsWith('tiktok-ramps-up-defense.txt') ? active : undefined;
    }, 5000, 'the source to open');
    assert.equal(target.document.getText(target.selection), 'Zhao Lijian');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Dossier: Quote a Source puts a sentence in the note, citing and linking its source line, anchored', async () => {
    const document = await vscode.workspace.openTextDocument(bidders());
    const editor = await vscode.window.showTextDocument(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    const source = workspaceUri('sources', 'tiktok-ramps-up-defense.txt');
    const sourceText = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
    const offset = sourceText.indexOf('digital gunboat diplomacy');
    const line = sourceText.slice(0, offset).split('\n').length;
    try {
      assert.equal(await vscode.commands.executeCommand('dossier.quoteSource', source.toString(), offset), true);
      const text = document.getText();
      assert.match(text, /\n> China meanwhile Monday slammed Washington for using "digital gunboat diplomacy" in the TikTok case\.\n>\n/);
      // The citation links to the line; its title holds the anchor (context, the sentence's offset, the source's hash).
      assert.ok(text.includes(`\n> — [TikTok ramps up defense against US accusations, line ${line}](../sources/tiktok-ramps-up-defense.txt#L${line} "…`), text);
      assert.match(text, new RegExp(`… · offset ${sourceText.indexOf('China meanwhile Monday')} · hash [0-9a-f]{8}"\\)\\n`));
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('a hover card\'s "quote" link puts that source sentence into the note', async () => {
    const { document, position } = await positionOf(bidders(), 'Oracle', 1);
    const editor = await vscode.window.showTextDocument(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const link = /\[quote\]\(command:dossier\.quoteSource\?([^)]+)\)/.exec(hoverText(hovers));
    assert.ok(link, 'the card has a quote link');
    const [path, offset] = JSON.parse(decodeURIComponent(link[1])) as [string, number];
    try {
      assert.equal(await vscode.commands.executeCommand('dossier.quoteSource', path, offset), true);
      assert.match(document.getText(), /\n> Software giant Oracle is weighing a bid[^\n]*\n>\n> — \[TikTok ramps up defense/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('Quote in Note, on a mention or an event in the side bar, quotes its sentence into the note', async () => {
    const api = await dossier();
    const document = await vscode.workspace.openTextDocument(timeline());
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const zhao = api.context.index.actorNamed('Zhao Lijian')!;
    const mention = api.actorsTree.mentionNode(zhao.id, zhao.mentions[0]);
    const event = api.context.index.events().find((e) => e.date === '2020-08-14')!;
    try {
      assert.equal(await vscode.commands.executeCommand('dossier.quoteInNote', mention), true);
      assert.equal(await vscode.commands.executeCommand('dossier.quoteInNote', api.eventsTree.eventNode(event.id)), true);
      const text = document.getText();
      assert.match(text, /^> Chinese foreign ministry spokesman Zhao Lijian on Monday said[^\n]*\n>\n> — \[TikTok ramps up defense/);
      assert.match(text, /\n\n> On Friday, Trump signed a separate executive order[^\n]*\n>\n> — \[TikTok ramps up defense[^\n]*\n\n# TikTok ban/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('a news text added while VS Code runs becomes hoverable without reload', async () => {
    const source = workspaceUri('sources', 'ardern-visit.txt');
    await vscode.workspace.fs.writeFile(
      source,
      new TextEncoder().encode('Ardern visits Beijing\n\nNew Zealand Prime Minister Jacinda Ardern met Chinese officials in Beijing on Monday.\n'),
    );
    try {
      const note = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Ask about Jacinda Ardern and trade.' });
      const index = (await dossier()).context.index;
      const text = await eventually(async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', note.uri, new vscode.Position(0, 14));
        const value = hoverText(hovers);
        return value.includes('Jacinda Ardern') ? value : undefined;
      }, 10_000, 'a hover on the new actor').catch((error: Error) => {
        const actor = index.actorNamed('Jacinda Ardern');
        const names = index.namesIn(note.getText()).map((name) => `${name.actor.id}@${name.start}`);
        const state = `indexed: ${index.has(source.toString())}, actor: ${actor?.id} (${actor?.aliases.join(', ')}), at: ${index.actorAt(note.getText(), 14)?.actor.name}, names: ${names.join(' ')}`;
        throw new Error(`${error.message} (${state})`);
      });
      assert.match(text, /\[Ardern visits Beijing, line 3\]\(command:dossier\.openMention/);
    } finally {
      await vscode.workspace.fs.delete(source);
    }
  });
});
