/*
 * The admin's live channel: the server says which conversation changed (never its content) and which sound to
 * play; the page reads again what it shows (window.sbLiveRefresh). Also the agent's activity heartbeat.
 */
(function () {
    var delay = 1000;
    var lastBeat = 0;

    function connect() {
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        var socket = new WebSocket(scheme + location.host + (window.sbContext || '') + '/admin/live');
        socket.onopen = function () {
            delay = 1000;
            document.body.setAttribute('data-live', 'on');
        };
        socket.onmessage = function (event) {
            var notice = JSON.parse(event.data);
            if (notice.sound) {
                window.sbBeep(notice.sound);
                return;
            }
            if (window.sbLiveRefresh && notice.conversation) {
                window.sbLiveRefresh(notice.conversation);
            }
            // Never under the agent's hands: the status menu they are choosing in stays as it is.
            var focused = document.activeElement;
            if (window.sbPresenceRefresh && !(focused && focused.id === 'presence:status')) {
                window.sbPresenceRefresh();
            }
        };
        socket.onclose = function () {
            document.body.setAttribute('data-live', 'off');
            setTimeout(connect, delay);
            delay = Math.min(delay * 2, 30000);
        };
    }

    /** A short tone: higher for a new conversation than for a new message (window-level: a page may wrap it). */
    window.sbBeep = function (kind) {
        window.sbLastSound = kind;
        document.body.setAttribute('data-last-sound', kind);
        try {
            var audio = new (window.AudioContext || window.webkitAudioContext)();
            var tone = audio.createOscillator();
            var volume = audio.createGain();
            tone.frequency.value = kind === 'NEW_CONVERSATION' ? 880 : 660;
            volume.gain.value = 0.1;
            tone.connect(volume);
            volume.connect(audio.destination);
            tone.start();
            tone.stop(audio.currentTime + 0.2);
        } catch (ignored) {
            // No audio device: the notice still refreshed the page.
        }
    };

    /** At most one heartbeat a minute while the agent types, clicks or moves. */
    function active() {
        var now = Date.now();
        if (window.sbHeartbeat && now - lastBeat > 60000) {
            lastBeat = now;
            window.sbHeartbeat();
        }
    }

    /**
     * SLA countdowns count down on the page every second, by the rule of SlaCountdown on the server: time left in the
     * two largest units, amber when half the target is gone, red in its last quarter, "breached by" once past due.
     * The server renders data-sla-due (epoch ms), data-sla-target (seconds) and data-sla-now (its clock), so a browser
     * clock that is off changes nothing.
     */
    function words(seconds) {
        seconds = Math.max(0, Math.floor(seconds));
        var days = Math.floor(seconds / 86400);
        var hours = Math.floor(seconds % 86400 / 3600);
        var minutes = Math.floor(seconds % 3600 / 60);
        if (days > 0) {
            return days + 'd ' + hours + 'h';
        }
        if (hours > 0) {
            return hours + 'h ' + (minutes < 10 ? '0' : '') + minutes + 'm';
        }
        if (minutes > 0) {
            return minutes + 'm';
        }
        return seconds % 60 + 's';
    }

    window.sbSlaCountdown = function (due, target, now) {
        var left = Math.floor((due - now) / 1000);
        if (left <= 0) {
            return {level: 'breached', text: 'breached by ' + words(-left)};
        }
        var level = !target || left * 4 <= target ? 'red' : left * 2 <= target ? 'amber' : 'ok';
        return {level: level, text: words(left) + ' left'};
    };

    function tick() {
        var wrapping = document.querySelectorAll('[data-wrap-left]');
        for (var w = 0; w < wrapping.length; w++) {
            var left = wrapping[w].getAttribute('data-wrap-left');
            if (!left) {
                continue;
            }
            if (wrapping[w].sbEnd === undefined) {
                wrapping[w].sbEnd = Date.now() + Number(left) * 1000;
            }
            wrapping[w].textContent = 'Wrapping up \u00b7 '
                + Math.max(0, Math.ceil((wrapping[w].sbEnd - Date.now()) / 1000)) + ' s left';
        }
        var clocks = document.querySelectorAll('[data-sla-due]');
        for (var i = 0; i < clocks.length; i++) {
            var clock = clocks[i];
            var due = Number(clock.getAttribute('data-sla-due'));
            if (!due) {
                continue;
            }
            if (clock.sbSkew === undefined) {
                var rendered = Number(clock.getAttribute('data-sla-now'));
                clock.sbSkew = rendered ? rendered - Date.now() : 0;
            }
            var shown = window.sbSlaCountdown(
                due, Number(clock.getAttribute('data-sla-target')), Date.now() + clock.sbSkew);
            if (clock.textContent !== shown.text) {
                clock.textContent = shown.text;
            }
            var style = 'sb-sla-' + shown.level;
            if (clock.className !== style) {
                clock.className = style;
            }
        }
    }

    /** Coalesces a burst of notices into one refresh. */
    window.sbDebounce = function (fn, ms) {
        var timer;
        return function () {
            clearTimeout(timer);
            timer = setTimeout(fn, ms);
        };
    };

    document.addEventListener('DOMContentLoaded', function () {
        lastBeat = Date.now();
        ['keydown', 'click', 'mousemove', 'touchstart'].forEach(function (type) {
            document.addEventListener(type, active, {passive: true});
        });
        if ('WebSocket' in window) {
            connect();
        }
        setInterval(tick, 1000);
    });
})();
