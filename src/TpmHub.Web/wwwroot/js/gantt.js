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
    scrollToX: function (element, x) {
        if (element) {
            element.scrollLeft = x;
        }
    }
};
