// The partner page's own script (external: the page's CSP allows no inline script). It only listens.
document.addEventListener('loggamera-booking-submitted', (event) => {
  document.documentElement.dataset.lastBooking = event.detail.payload.installer.name;
});
document.addEventListener('loggamera-consent-change', (event) => {
  document.documentElement.dataset.purposes = JSON.stringify(event.detail.purposes);
});
