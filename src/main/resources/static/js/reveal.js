// Conditional reveal: a radio button marked data-reveals="id" shows that element only while it is chosen. Without
// this script every such element shows, each labelled for the choice it belongs to.
for (const radio of document.querySelectorAll('input[type=radio][data-reveals]')) {
  const group = document.querySelectorAll(`input[type=radio][name="${CSS.escape(radio.name)}"][data-reveals]`);
  const update = () => {
    for (const choice of group) {
      const target = document.getElementById(choice.dataset.reveals);
      if (target) {
        target.hidden = !choice.checked;
      }
    }
  };
  radio.setAttribute('aria-controls', radio.dataset.reveals);
  radio.addEventListener('change', update);
  update();
}
