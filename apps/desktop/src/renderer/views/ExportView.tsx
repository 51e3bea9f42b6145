// Export: the notebook's highlights and sources in the formats other tools
// read. The main process asks where (a file, or a folder for Obsidian) and
// writes; the renderer only says what.
import { type EXPORT_FORMATS, formatCount } from '@dossier/core';
import { useState } from 'react';
import { useToast } from '../components/Toasts.js';
import { useClient } from '../data/client-context.js';
import { useTags } from '../data/queries.js';

type Format = (typeof EXPORT_FORMATS)[number];

const FORMATS: { format: Format; label: string; what: string; button: string }[] = [
  {
    format: 'obsidian',
    label: 'Obsidian vault',
    what: 'One Markdown note per article: front matter, highlights as quotes with block IDs, notes, #tags and [[links]]. Exporting again updates the notes and keeps what you wrote below the marker line.',
    button: 'Export to a folder…',
  },
  {
    format: 'w3c',
    label: 'W3C Web Annotations',
    what: 'Highlights, notes and tags as standard JSON-LD. Another Dossier notebook with the same articles takes them back in (dossier import-annotations).',
    button: 'Export annotations…',
  },
  {
    format: 'csl',
    label: 'CSL-JSON',
    what: 'The articles’ metadata for Zotero, or for Pandoc with --bibliography. Keys match a brief’s Pandoc citations.',
    button: 'Export sources…',
  },
  {
    format: 'bibtex',
    label: 'BibTeX',
    what: 'The same sources as a .bib file, for BibLaTeX, JabRef or Zotero.',
    button: 'Export .bib…',
  },
];

export function ExportView() {
  const client = useClient();
  const toast = useToast();
  const tags = useTags().data ?? [];
  const [chosenTags, setChosenTags] = useState<string[]>([]);
  const [busy, setBusy] = useState<Format | null>(null);

  const run = async (format: Format) => {
    setBusy(format);
    try {
      const done = await client.call('shell.exportWithDialog', { format, tags: chosenTags });
      if (!done) return;
      const what =
        format === 'w3c'
          ? `${formatCount(done.annotationCount)} highlight${done.annotationCount === 1 ? '' : 's'}`
          : `${formatCount(done.articleCount)} article${done.articleCount === 1 ? '' : 's'}`;
      const written = format === 'obsidian' ? ` (${done.written} note${done.written === 1 ? '' : 's'} written)` : '';
      toast.info(`Exported ${what} to ${done.path}${written}`);
    } catch (error) {
      toast.error(error);
    } finally {
      setBusy(null);
    }
  };

  const importAnnotations = async () => {
    try {
      const results = await client.call('shell.importAnnotationsWithDialog');
      if (!results.length) return;
      const count = (status: string) => results.filter((r) => r.status === status).length;
      const summary = `${count('imported')} imported, ${count('duplicate')} already here, ${count('refused')} refused`;
      const refused = results.filter((r) => r.status === 'refused');
      if (refused.length)
        toast.error(new Error(`${summary}. ${refused.map((r) => `${r.id}: ${r.message}`).join('; ')}`));
      else toast.info(`Annotations: ${summary}`);
    } catch (error) {
      toast.error(error);
    }
  };

  const archive = async () => {
    try {
      const saved = await client.call('shell.archiveWithDialog');
      if (saved) toast.info(`The whole notebook (${saved.files} files) was saved as ${saved.path}`);
    } catch (error) {
      toast.error(error);
    }
  };

  return (
    <section className="export-view" aria-label="Export">
      <header className="view-header">
        <div>
          <h1>Export</h1>
          <p className="view-subtitle">Take your highlights and sources to the tools you already use.</p>
        </div>
      </header>
      <fieldset className="brief-fieldset">
        <legend className="field-label">What to export</legend>
        {tags.length ? (
          <div className="check-list">
            {tags.map((t) => (
              <label key={t.path} className="check">
                <input
                  type="checkbox"
                  checked={chosenTags.includes(t.path)}
                  onChange={() =>
                    setChosenTags((list) =>
                      list.includes(t.path) ? list.filter((x) => x !== t.path) : [...list, t.path],
                    )
                  }
                />
                <span>{t.path}</span>
                <span className="count">{formatCount(t.count)}</span>
              </label>
            ))}
          </div>
        ) : null}
        <p className="muted">
          {chosenTags.length
            ? `Only highlights tagged ${chosenTags.join(', ')}, and their articles.`
            : 'Everything: every article and every highlight.'}
        </p>
      </fieldset>
      <ul className="export-list">
        {FORMATS.map((f) => (
          <li key={f.format} className="export-card">
            <div>
              <h2>{f.label}</h2>
              <p>{f.what}</p>
            </div>
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              aria-label={`${f.button.replace('…', '')} (${f.label})`}
              onClick={() => void run(f.format)}
            >
              {busy === f.format ? 'Exporting…' : f.button}
            </button>
          </li>
        ))}
      </ul>
      <h2 className="export-subheading">Bring annotations in</h2>
      <div className="export-card">
        <p>
          W3C Web Annotations from another Dossier notebook (or another tool) go onto the matching articles here: the
          same imported file, or the same web address.
        </p>
        <button type="button" className="button" onClick={() => void importAnnotations()}>
          Import annotations…
        </button>
      </div>
      <h2 className="export-subheading">Keep or move the whole notebook</h2>
      <div className="export-card">
        <p>
          One zip file holds every file of the notebook with a checksum of each; File → Open Archive… restores it,
          identical, into a new folder on this or another machine.
        </p>
        <button type="button" className="button" onClick={() => void archive()}>
          Save archive…
        </button>
      </div>
    </section>
  );
}
