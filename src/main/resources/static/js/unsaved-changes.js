// A form marked data-warn-unsaved asks before the page is left with its changes not saved: following a link,
// or sending another form on the same page, would otherwise lose what was typed. Sending the form itself saves.
const changed = new Set();

for (const form of document.querySelectorAll('form[data-warn-unsaved]')) {
  form.addEventListener('input', () => changed.add(form));
  form.addEventListener('change', () => changed.add(form));
  form.addEventListener('submit', () => changed.delete(form));
}

window.addEventListener('beforeunload', (event) => {
  if (changed.size > 0) {
    event.preventDefault();
    event.returnValue = '';
  }
});
