// Position statement enhancements. Every page works without this script: the server counts words, warns about
// citations that cannot stand once the text is saved, and keeps every saved version; this adds a live word count,
// warns about such a citation as soon as it is typed, and keeps unsaved text in this browser tab.

// The word rule of scot.triangulate.positionstatement.WordCount, kept identical: a word is a maximal run of
// non-space characters with a letter or digit in it; citations like [D012], ordered-list markers (1. 2)),
// and link addresses written as [text](address) are not words.
const CITATION = /\[[Dd]\d{3,6}\]/g;
const LINK_ADDRESS = /\]\([^)\s]*(?:[ \t]+"[^"]*")?\)/g;
const ORDERED_LIST_MARKER = /^[ \t>]*\d{1,9}[.)](?=[ \t]|$)/gm;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function countWords(markdown) {
  if (!markdown || !markdown.trim()) {
    return 0;
  }
  const text = markdown
    .replace(CITATION, ' ')
    .replace(LINK_ADDRESS, '] ')
    .replace(ORDERED_LIST_MARKER, ' ')
    .replace(/\u00A0/g, ' ')
    .trim();
  return text.split(/\s+/u).filter((token) => LETTER_OR_DIGIT.test(token)).length;
}

function format(message, ...values) {
  return values.reduce((text, value, i) => text.split('{' + i + '}').join(value.toLocaleString('en-GB')), message);
}

function storage() {
  try {
    return window.sessionStorage;
  } catch (e) {
    return null; // storage switched off: the live count still works
  }
}

// The citation rule of scot.triangulate.positionstatement.Citations: [D12], [d012] and [D012] all cite D012.
function citedNumbers(markdown) {
  const numbers = new Set();
  for (const match of (markdown || '').matchAll(/\[([Dd])(\d{3,6})\]/g)) {
    numbers.add('D' + String(parseInt(match[2], 10)).padStart(3, '0'));
  }
  return [...numbers];
}

// Warns, as the text is typed, of each citation the submission checks would refuse: a number not in the
// document log, or one held by personal-data screening, still being screened or unreadable.
function citationWarnings(textarea) {
  const live = document.getElementById('citation-warnings-live');
  if (!live || textarea.dataset.citable === undefined) {
    return () => {};
  }
  const statuses = new Map(textarea.dataset.citable.split(',').filter(Boolean).map((entry) => entry.split(':')));
  const list = live.querySelector('ul');
  const saved = document.getElementById('citation-warnings');
  if (saved) {
    saved.hidden = true; // the live list below says the same of the text as it now is
  }
  return () => {
    const warnings = citedNumbers(textarea.value).map((number) => {
      const status = statuses.get(number);
      const message = status === undefined ? live.dataset.unknown
        : status === 'CLEARED' ? null : live.dataset[status.toLowerCase()];
      return message ? message.split('{0}').join(number) : null;
    }).filter(Boolean);
    list.replaceChildren(...warnings.map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }));
    live.hidden = warnings.length === 0;
  };
}

function enhanceEditor(textarea) {
  const store = storage();
  const key = textarea.dataset.draftKey;
  const form = textarea.form;
  const version = form.querySelector('input[name=version]');
  const serverText = textarea.value;
  const serverVersion = version.value;
  const other = Number(textarea.dataset.otherWords || 0);
  const limit = Number(textarea.dataset.wordLimit || 0);
  const live = document.getElementById('word-count-live');
  const saved = document.getElementById('word-count');
  const warnCitations = citationWarnings(textarea);
  warnCitations();

  const showCount = () => {
    const words = countWords(textarea.value);
    const total = other + words;
    // One word is "1 word"; any other number of words is plural.
    const message = total > limit
      ? (words === 1 ? live.dataset.overMessageOne : live.dataset.overMessage)
      : (words === 1 ? live.dataset.messageOne : live.dataset.message);
    live.textContent = format(message, words, total, limit);
  };
  if (live) {
    live.hidden = false;
    if (saved) {
      saved.hidden = true;
    }
    showCount();
  }

  // Unsaved text is kept per section in this tab (sessionStorage: gone when the tab closes, so nothing lingers on
  // a shared computer). It survives a save that ends at the sign-in page, and is offered back here.
  const keep = () => {
    if (store && key) {
      store.setItem(key, JSON.stringify({ text: textarea.value, version: version.value }));
    }
  };
  textarea.addEventListener('input', () => {
    if (live) {
      showCount();
    }
    warnCitations();
    keep();
  });
  form.addEventListener('submit', keep);

  if (!store || !key) {
    return;
  }
  const kept = JSON.parse(store.getItem(key) || 'null');
  if (!kept || textarea.dataset.conflict === 'true') {
    return; // after a conflict the server has already put the writer's text back in the box
  }
  if (kept.text === serverText) {
    store.removeItem(key);
    return;
  }
  textarea.value = kept.text;
  warnCitations();
  // The version the text was written against: if someone saved since, saving shows both texts instead of
  // overwriting theirs.
  version.value = kept.version;
  if (live) {
    showCount();
  }
  const notice = document.getElementById('restored-draft');
  const discard = document.getElementById('discard-draft');
  if (notice) {
    notice.hidden = false;
  }
  if (discard) {
    discard.addEventListener('click', () => {
      store.removeItem(key);
      textarea.value = serverText;
      version.value = serverVersion;
      if (live) {
        showCount();
      }
      warnCitations();
      notice.hidden = true;
      textarea.focus();
    });
  }
}

function enhanceOverview() {
  const store = storage();
  if (!store) {
    return;
  }
  const saved = document.querySelector('[data-saved-draft]');
  if (saved) {
    store.removeItem(saved.dataset.savedDraft);
  }
  const unsaved = Array.from(document.querySelectorAll('a[data-draft-key]'))
    .filter((link) => store.getItem(link.dataset.draftKey) !== null);
  const notice = document.getElementById('unsaved-drafts');
  if (notice && unsaved.length > 0) {
    notice.hidden = false;
  }
}

document.querySelectorAll('textarea[data-draft-key]').forEach(enhanceEditor);
enhanceOverview();
