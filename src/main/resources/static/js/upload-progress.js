// Shows upload progress on forms marked data-upload-progress. Without JavaScript the form posts as usual.
export function enhance(form) {
  const panel = form.querySelector('.tri-progress');
  const bar = panel && panel.querySelector('progress');
  if (!panel || !bar || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  form.addEventListener('submit', (event) => {
    const file = form.querySelector('input[type=file]');
    if (!file || !file.files || file.files.length === 0) {
      return; // nothing large to send: let the form post normally
    }
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', (progress) => {
      if (progress.lengthComputable) {
        bar.value = Math.round((progress.loaded / progress.total) * 100);
        bar.textContent = bar.value + '%';
      }
    });
    request.addEventListener('load', () => {
      // Show the page the server answered with, at its own address. Its body replaces this one (the head,
      // style sheets and scripts are the same), so nothing is drawn unstyled, and its forms are enhanced too.
      const answer = new DOMParser().parseFromString(request.responseText, 'text/html');
      if (!answer.body || !answer.querySelector('main')) {
        window.location.assign(request.responseURL);
        return;
      }
      window.history.replaceState(null, '', request.responseURL);
      document.title = answer.title;
      document.body.replaceWith(document.adoptNode(answer.body));
      document.querySelectorAll('form[data-upload-progress]').forEach(enhance);
      if (window.DS && window.DS.initAll) {
        window.DS.initAll(document.body);
      }
      // Move focus to what changed: the problem, or else the new page's heading.
      const target = document.getElementById('error-summary') || document.querySelector('h1');
      if (target) {
        if (!target.hasAttribute('tabindex')) {
          target.setAttribute('tabindex', '-1');
        }
        target.focus();
      }
    });
    request.addEventListener('error', () => form.submit());
    panel.hidden = false;
    form.querySelector('button[type=submit]').disabled = true;
    request.send(new FormData(form));
  });
}

document.querySelectorAll('form[data-upload-progress]').forEach(enhance);
