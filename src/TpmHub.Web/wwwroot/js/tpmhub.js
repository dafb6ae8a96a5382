// Small browser helpers the Blazor components call through JS interop.
window.tpmhub = {
    getDarkMode: function () {
        const stored = localStorage.getItem("tpmhub.darkMode");
        if (stored === null) {
            return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
        }
        return stored === "true";
    },
    // Set once the interactive circuit has rendered; browser tests wait for it before clicking.
    markInteractive: function () {
        document.body.dataset.interactive = "true";
    },
    setDarkMode: function (value) {
        localStorage.setItem("tpmhub.darkMode", value ? "true" : "false");
    }
};
