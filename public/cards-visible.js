// Marks when the topic cards are first on screen. The build prerenders them into
// index.html, so when they are already in the page this marks at the first frame;
// otherwise the app marks when it renders them (src/features/topics).
if (document.querySelector('#root article')) {
  requestAnimationFrame(function () {
    if (performance.getEntriesByName('cards-visible').length === 0) performance.mark('cards-visible')
  })
}
