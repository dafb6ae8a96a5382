// Scroll reporting for the virtualised Gantt (WorkGanttChart): the server renders only the rows in view, so it needs
// to know where the chart is scrolled. Reports at most once per animation frame, and only when the first row in view
// or the visible height changes (horizontal scrolling never calls the server).
window.tpmhubGantt = {
    attach: function (element, dotnet, rowHeight) {
        if (!element || element._tpmhubGantt) {
            return;
        }
        const state = { frame: 0, first: -1, height: -1 };
        const report = function () {
            state.frame = 0;
            const first = Math.floor(element.scrollTop / rowHeight);
            const height = element.clientHeight;
            if (first === state.first && height === state.height) {
                return;
            }
            state.first = first;
            state.height = height;
            dotnet.invokeMethodAsync("OnViewportChanged", element.scrollTop, height).catch(function () { });
        };
        const schedule = function () {
            if (!state.frame) {
                state.frame = requestAnimationFrame(report);
            }
        };
        const resize = new ResizeObserver(schedule);
        element.addEventListener("scroll", schedule, { passive: true });
        resize.observe(element);
        element._tpmhubGantt = { schedule: schedule, resize: resize, state: state };
        report();
    },
    detach: function (element) {
        const attached = element && element._tpmhubGantt;
        if (!attached) {
            return;
        }
        element.removeEventListener("scroll", attached.schedule);
        attached.resize.disconnect();
        if (attached.state.frame) {
            cancelAnimationFrame(attached.state.frame);
        }
        delete element._tpmhubGantt;
    },
};

// The chart opens scrolled to its data-scroll-x (a little before today) and data-scroll-y (the first row not finished by
// today). Both are applied the moment a chart enters the document — before the browser paints — and data-scroll-x again
// when the zoom changes, so neither the prerendered chart nor the interactive one that replaces it is ever seen at the
// wrong place, and no server round trip is needed.
(function () {
    const selector = ".gantt-scroll[data-scroll-x]";
    const number = function (element, name) {
        return parseFloat(element.getAttribute(name));
    };
    const anchorX = function (element) {
        const x = number(element, "data-scroll-x");
        if (!isNaN(x)) {
            element.scrollLeft = x;
        }
    };
    const open = function (element) {
        anchorX(element);
        const y = number(element, "data-scroll-y");
        if (!isNaN(y)) {
            element.scrollTop = y;
        }
    };
    const observer = new MutationObserver(function (records) {
        for (const record of records) {
            if (record.type === "attributes") {
                if (record.target.matches(selector)) {
                    anchorX(record.target);
                }
                continue;
            }
            for (const node of record.addedNodes) {
                if (node.nodeType !== Node.ELEMENT_NODE) {
                    continue;
                }
                if (node.matches(selector)) {
                    open(node);
                } else if (node.firstElementChild) {
                    node.querySelectorAll(selector).forEach(open);
                }
            }
        }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-scroll-x", "data-zoom"] });
    document.querySelectorAll(selector).forEach(open);
    // The Today button: back to where the chart opened.
    window.tpmhubGantt.open = function (element) {
        if (element) {
            open(element);
        }
    };
})();
