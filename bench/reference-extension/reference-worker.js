// Exists only so the benchmark can call chrome.action.openPopup() for this extension.
