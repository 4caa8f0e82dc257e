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
                beep(notice.sound);
                return;
            }
            if (window.sbLiveRefresh) {
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

    /** A short tone: higher for a new conversation than for a new message. */
    function beep(kind) {
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
    }

    /** At most one heartbeat a minute while the agent types, clicks or moves. */
    function active() {
        var now = Date.now();
        if (window.sbHeartbeat && now - lastBeat > 60000) {
            lastBeat = now;
            window.sbHeartbeat();
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
    });
})();
