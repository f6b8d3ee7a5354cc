// The position statement editor's formatting toolbar and in-page preview. Every page works without this script: the
// guide beside the box says which Markdown marks to type, and Preview sends the form and shows the page again with
// the text rendered on the server and still in the box. This writes the same marks for the writer, and fetches the
// same server-rendered preview without leaving the page.

// An edit replaces text[start, end) with `text`, then selects [select[0], select[1]) of the result: the words
// written, or the placeholder put in their place, so that typing replaces it.

// Heading and list marks at the start of a line, as CommonMark reads them (up to three spaces before).
const MARKS = {
  heading: /^ {0,3}#{1,6}(?:[ \t]+|$)/,
  bullets: /^ {0,3}[-*+][ \t]+/,
  numbers: /^ {0,3}\d{1,9}[.)][ \t]+/,
};
const ANY_MARK = /^ {0,3}(?:#{1,6}(?:[ \t]+|$)|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/;
const PREFIX = {
  heading: () => '## ',
  bullets: () => '- ',
  numbers: (n) => n + '. ',
};

// Spaces just inside the selection stay outside the marks: "** bold**" is not bold in Markdown.
function trimmed(value, start, end) {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(value[from])) {
    from += 1;
  }
  while (to > from && /\s/.test(value[to - 1])) {
    to -= 1;
  }
  return [from, to];
}

export function bold(value, start, end, placeholder) {
  const [from, to] = trimmed(value, start, end);
  const words = from < to ? value.slice(from, to) : placeholder;
  return { start: from, end: to, text: '**' + words + '**', select: [from + 2, from + 2 + words.length] };
}

export function link(value, start, end, address, placeholder) {
  const [from, to] = trimmed(value, start, end);
  const words = from < to ? value.slice(from, to) : placeholder;
  return { start: from, end: to, text: '[' + words + '](' + address + ')', select: [from + 1, from + 1 + words.length] };
}

// Each line the selection touches becomes a heading or a list item (numbered in order); pressed again on lines that
// already are, the mark comes off. On an empty line, the mark and a placeholder.
export function lines(kind, value, start, end, placeholder) {
  const from = value.lastIndexOf('\n', start - 1) + 1;
  const last = end > start && value[end - 1] === '\n' ? end - 1 : end;
  const newline = value.indexOf('\n', last);
  const to = newline === -1 ? value.length : newline;
  const block = value.slice(from, to);
  if (!block.trim()) {
    const mark = PREFIX[kind](1);
    return { start: from, end: to, text: mark + placeholder, select: [from + mark.length, from + mark.length + placeholder.length] };
  }
  const written = block.split('\n').filter((line) => line.trim());
  const undo = written.every((line) => MARKS[kind].test(line));
  let n = 0;
  const text = block.split('\n').map((line) => {
    if (!line.trim()) {
      return line;
    }
    const words = line.replace(ANY_MARK, '');
    n += 1;
    return undo ? words : PREFIX[kind](n) + words;
  }).join('\n');
  return { start: from, end: to, text, select: [from, from + text.length] };
}

// What the writer typed as an address, as Markdown can hold it: a scheme added when there is none (an address
// with @ is an email), spaces and brackets encoded so the link stays one link.
export function address(typed) {
  let url = typed.trim();
  if (!url) {
    return '';
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/')) {
    url = (url.includes('@') && !url.includes('/') ? 'mailto:' : 'https://') + url;
  }
  return url.replace(/\s/g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

// Through the browser's own editing, so Undo takes the change back; setRangeText where that is not available.
function apply(textarea, edit) {
  textarea.focus();
  textarea.setSelectionRange(edit.start, edit.end);
  let inserted = false;
  try {
    inserted = document.execCommand('insertText', false, edit.text);
  } catch (e) {
    inserted = false;
  }
  if (!inserted) {
    textarea.setRangeText(edit.text, edit.start, edit.end, 'end');
    // The word count, the citation warnings and the unsaved-text warning all listen for input.
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }
  textarea.setSelectionRange(edit.select[0], edit.select[1]);
}

// The WAI-ARIA toolbar pattern: one Tab stop; arrow keys, Home and End move between the buttons.
function rovingFocus(toolbar, buttons) {
  const current = (button) => buttons.forEach((b) => { b.tabIndex = b === button ? 0 : -1; });
  current(buttons[0]);
  toolbar.addEventListener('keydown', (event) => {
    const i = buttons.indexOf(document.activeElement);
    if (i < 0) {
      return;
    }
    const n = buttons.length;
    const next = { ArrowRight: (i + 1) % n, ArrowLeft: (i + n - 1) % n, Home: 0, End: n - 1 }[event.key];
    if (next === undefined) {
      return;
    }
    event.preventDefault();
    current(buttons[next]);
    buttons[next].focus();
  });
  buttons.forEach((button) => button.addEventListener('click', () => current(button)));
}

function linkPanel(textarea, button) {
  const panel = document.getElementById('link-panel');
  const input = document.getElementById('link-address');
  const error = document.getElementById('link-address-error');
  let selection = null;
  const showError = (shown) => {
    error.hidden = !shown;
    input.classList.toggle('ds_input--error', shown);
    input.setAttribute('aria-describedby', shown ? 'link-address-error link-address-hint' : 'link-address-hint');
    input.setAttribute('aria-invalid', String(shown));
  };
  const close = () => {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    input.value = '';
    showError(false);
  };
  const add = () => {
    const url = address(input.value);
    if (!url) {
      showError(true);
      input.focus();
      return;
    }
    // The words chosen when Link was pressed, unless the text has changed since.
    const [start, end] = selection && selection.value === textarea.value
      ? [selection.start, selection.end] : [textarea.selectionStart, textarea.selectionEnd];
    close();
    apply(textarea, link(textarea.value, start, end, url, button.dataset.placeholder));
  };
  button.addEventListener('click', () => {
    if (!panel.hidden) {
      close();
      return;
    }
    selection = { start: textarea.selectionStart, end: textarea.selectionEnd, value: textarea.value };
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    input.focus();
  });
  document.getElementById('link-add').addEventListener('click', add);
  document.getElementById('link-cancel').addEventListener('click', () => {
    close();
    button.focus();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      button.focus();
    } else if (event.key === 'Enter' && event.target === input) {
      event.preventDefault(); // Enter here adds the link; it must not send (and save) the form
      add();
    }
  });
}

function toolbar(element) {
  const textarea = document.getElementById(element.getAttribute('aria-controls'));
  if (!textarea) {
    return;
  }
  const buttons = Array.from(element.querySelectorAll('button'));
  rovingFocus(element, buttons);
  for (const button of buttons) {
    const kind = button.dataset.format;
    if (kind === 'link') {
      linkPanel(textarea, button);
      continue;
    }
    button.addEventListener('click', () => {
      const { value, selectionStart: start, selectionEnd: end } = textarea;
      const placeholder = button.dataset.placeholder;
      apply(textarea, kind === 'bold' ? bold(value, start, end, placeholder) : lines(kind, value, start, end, placeholder));
    });
  }
  element.hidden = false;
}

// Preview without leaving the page: the form is sent to the same address as without JavaScript, and the preview the
// server rendered is taken from the page it answers. Anything else (a problem with the text, a sign-in that has
// expired) is shown as without JavaScript, by sending the form itself.
function preview(button) {
  const form = button.form;
  let busy = false;
  button.addEventListener('click', async (event) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    busy = true;
    try {
      const response = await fetch(button.formAction, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
        headers: { Accept: 'text/html' },
      });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = response.ok ? page.getElementById('preview') : null;
      if (!fresh) {
        form.requestSubmit(button);
        return;
      }
      const shown = document.importNode(fresh, true);
      const current = document.getElementById('preview');
      if (current) {
        current.replaceWith(shown);
      } else {
        form.after(shown);
      }
      document.getElementById('preview-title').focus();
    } catch (e) {
      form.requestSubmit(button);
    } finally {
      busy = false;
    }
  });
  // "Back to the text" puts the cursor in the box, not only the box on screen.
  document.addEventListener('click', (event) => {
    const back = event.target.closest && event.target.closest('#preview-back');
    const textarea = document.getElementById('text');
    if (back && textarea) {
      event.preventDefault();
      textarea.focus();
    }
  });
}

const formatting = document.getElementById('format-toolbar');
if (formatting) {
  toolbar(formatting);
}
const previewButton = document.getElementById('preview-button');
if (previewButton) {
  preview(previewButton);
}
