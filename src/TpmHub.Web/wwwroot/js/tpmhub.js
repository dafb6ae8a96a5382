// Small browser helpers the Blazor components call through JS interop.
window.tpmhub = {
    getDarkMode: function () {
        const stored = localStorage.getItem("tpmhub.darkMode");
        if (stored === null) {
            return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
        }
        return stored === "true";
    },
    setDarkMode: function (value) {
        localStorage.setItem("tpmhub.darkMode", value ? "true" : "false");
    }
};
