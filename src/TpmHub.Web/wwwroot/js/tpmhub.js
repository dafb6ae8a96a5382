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

// Keyboard use of the skip link, the risk heat map, the Gantt and the board. One delegated listener on the document
// (components come and go with Blazor renders; nothing to attach or detach per component).
(function () {
    const cardsOf = function (column) {
        return Array.from(column.querySelectorAll("[data-tpm-card]"));
    };

    // Heat map: a grid of buttons with one tab stop (roving tabindex); arrows move, Home/End go along the row,
    // Ctrl+Home/Ctrl+End to the corners; Enter and Space are the buttons' own.
    const moveInGrid = function (event, cell) {
        const grid = cell.closest("[data-tpm-grid]");
        const row = Number(cell.dataset.row);
        const col = Number(cell.dataset.col);
        const rows = Number(grid.dataset.rows);
        const cols = Number(grid.dataset.cols);
        let r = row;
        let c = col;
        switch (event.key) {
            case "ArrowUp": r = Math.max(0, row - 1); break;
            case "ArrowDown": r = Math.min(rows - 1, row + 1); break;
            case "ArrowLeft": c = Math.max(0, col - 1); break;
            case "ArrowRight": c = Math.min(cols - 1, col + 1); break;
            case "Home": c = 0; if (event.ctrlKey) { r = 0; } break;
            case "End": c = cols - 1; if (event.ctrlKey) { r = rows - 1; } break;
            default: return;
        }
        event.preventDefault();
        const target = grid.querySelector('[data-tpm-cell][data-row="' + r + '"][data-col="' + c + '"]');
        if (target) {
            target.focus();
        }
    };

    // Gantt: each row's label is a link (Enter opens the item); Up/Down move between rows, Home/End to the first and
    // last rendered row. Focusing a row scrolls it into view, which lets the virtualised chart render its neighbours.
    const moveInGantt = function (event, label) {
        const labels = Array.from(label.parentElement.querySelectorAll("[data-tpm-gantt-row]"))
            .sort(function (a, b) { return Number(a.dataset.index) - Number(b.dataset.index); });
        const at = labels.indexOf(label);
        let next = null;
        switch (event.key) {
            case "ArrowUp": next = labels[at - 1]; break;
            case "ArrowDown": next = labels[at + 1]; break;
            case "Home": next = labels[0]; break;
            case "End": next = labels[labels.length - 1]; break;
            default: return;
        }
        event.preventDefault();
        if (next) {
            next.focus();
            next.scrollIntoView({ block: "nearest" });
        }
    };

    // Board: cards are focusable; Up/Down move within a column, Left/Right to the nearest card of the next column that
    // has cards; Enter opens the card's item (its link).
    const moveInBoard = function (event, card) {
        if (event.key === "Enter" && event.target === card) {
            const link = card.querySelector("a[href]");
            if (link) {
                event.preventDefault();
                link.click();
            }
            return;
        }
        const column = card.closest("[data-tpm-board-column]");
        const columns = Array.from(column.parentElement.querySelectorAll("[data-tpm-board-column]"));
        const cards = cardsOf(column);
        const at = cards.indexOf(card);
        let next = null;
        switch (event.key) {
            case "ArrowUp": next = cards[at - 1]; break;
            case "ArrowDown": next = cards[at + 1]; break;
            case "ArrowLeft":
            case "ArrowRight": {
                const step = event.key === "ArrowLeft" ? -1 : 1;
                for (let i = columns.indexOf(column) + step; i >= 0 && i < columns.length && !next; i += step) {
                    const others = cardsOf(columns[i]);
                    next = others[Math.min(at, others.length - 1)];
                }
                break;
            }
            default: return;
        }
        event.preventDefault();
        if (next) {
            next.focus();
        }
    };

    document.addEventListener("keydown", function (event) {
        if (event.altKey || event.metaKey || event.defaultPrevented) {
            return;
        }
        const target = event.target;
        if (!(target instanceof Element)) {
            return;
        }
        const cell = target.closest("[data-tpm-cell]");
        if (cell) {
            moveInGrid(event, cell);
            return;
        }
        const label = target.closest("[data-tpm-gantt-row]");
        if (label) {
            moveInGantt(event, label);
            return;
        }
        const card = target.closest("[data-tpm-card]");
        if (card && (target === card || event.key !== "Enter")) {
            moveInBoard(event, card);
        }
    });

    // Roving tabindex: whichever heat-map cell has focus becomes the grid's one tab stop.
    document.addEventListener("focusin", function (event) {
        const cell = event.target instanceof Element ? event.target.closest("[data-tpm-cell]") : null;
        if (!cell) {
            return;
        }
        cell.closest("[data-tpm-grid]").querySelectorAll("[data-tpm-cell]").forEach(function (other) {
            other.tabIndex = other === cell ? 0 : -1;
        });
    });

    // Skip link: a plain "#main-content" href would resolve against <base href="/"> and leave the page, so move focus.
    document.addEventListener("click", function (event) {
        const skip = event.target instanceof Element ? event.target.closest("a.tpm-skip-link") : null;
        if (!skip) {
            return;
        }
        const main = document.getElementById("main-content");
        if (main) {
            event.preventDefault();
            main.focus();
            main.scrollIntoView({ block: "start" });
        }
    });
})();
