// The /exit/ page: replace it (so it is not in the history either) with the neutral site.
const to = document.documentElement.dataset.exitTo
if (to) window.location.replace(to)
