// Small progressive enhancements; every feature also works without this file.
(function () {
  "use strict";

  // Order questions: up/down buttons move items in place (no request), drag and drop too.
  function moveItem(item, direction) {
    var list = item.parentNode;
    if (direction === "up" && item.previousElementSibling) {
      list.insertBefore(item, item.previousElementSibling);
    } else if (direction === "down" && item.nextElementSibling) {
      list.insertBefore(item.nextElementSibling, item);
    } else {
      return;
    }
    var position = Array.prototype.indexOf.call(list.children, item) + 1;
    announce(list, item.querySelector(".order-text").textContent + ": position " + position);
  }

  function announce(list, message) {
    var status = list.parentNode.querySelector("[data-order-status]");
    if (!status) {
      status = document.createElement("p");
      status.className = "visually-hidden";
      status.setAttribute("aria-live", "polite");
      status.setAttribute("data-order-status", "");
      list.parentNode.insertBefore(status, list.nextSibling);
    }
    status.textContent = message;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-order-list] [data-move]");
    if (!button) return;
    event.preventDefault();
    moveItem(button.closest("li"), button.getAttribute("data-move"));
    button.focus();
  });

  var dragged = null;
  document.addEventListener("dragstart", function (event) {
    dragged = event.target.closest && event.target.closest("[data-order-list] > li");
    if (!dragged) return;
    dragged.classList.add("is-dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", "");
  });
  document.addEventListener("dragover", function (event) {
    if (!dragged) return;
    var over = event.target.closest("[data-order-list] > li");
    if (!over || over === dragged || over.parentNode !== dragged.parentNode) return;
    event.preventDefault();
    var box = over.getBoundingClientRect();
    var after = event.clientY > box.top + box.height / 2;
    over.parentNode.insertBefore(dragged, after ? over.nextSibling : over);
  });
  document.addEventListener("drop", function (event) {
    if (dragged) event.preventDefault();
  });
  document.addEventListener("dragend", function () {
    if (dragged) dragged.classList.remove("is-dragging");
    dragged = null;
  });

  // Presentation mode: keys click the links and buttons of the screen (data-key lists the
  // keys of each), so the server decides what comes next. F toggles full screen; Esc leaves
  // it (the browser does), or the presentation when not in full screen.
  var KEY_NAMES = {" ": "Space"};
  document.addEventListener("keydown", function (event) {
    if (!document.body.classList.contains("presenting")) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target.closest("input, textarea, select")) return;
    var key = KEY_NAMES[event.key] || (event.key.length === 1 ? event.key.toLowerCase() : event.key);
    if (key === "f") {
      event.preventDefault();
      if (document.fullscreenElement) document.exitFullscreen();
      else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen();
      return;
    }
    if (key === "Escape" && document.fullscreenElement) return;
    if (key === "Space" && event.target.closest("button, a")) return;  // Space presses it
    var target = document.querySelector('[data-keys] [data-key~="' + key + '"], .present-title [data-key~="' + key + '"]');
    if (target) {
      event.preventDefault();
      target.click();
    }
  });

  // A countdown (data-countdown: seconds left when the server drew the screen); the server
  // closes answers on time by itself, the next poll then shows it. A quiz round's countdown
  // opens its results at zero (data-countdown-then).
  function timeLeft(seconds) {
    var minutes = Math.floor(seconds / 60), rest = seconds % 60;
    return minutes ? minutes + " min " + (rest < 10 ? "0" : "") + rest + " s" : seconds + " s";
  }
  setInterval(function () {
    var clocks = document.querySelectorAll("[data-countdown]");
    Array.prototype.forEach.call(clocks, function (clock) {
      var left = Math.max(0, parseInt(clock.getAttribute("data-countdown"), 10) - 1);
      clock.setAttribute("data-countdown", left);
      clock.textContent = timeLeft(left);
      var then = clock.getAttribute("data-countdown-then");
      if (left === 0 && then) {
        clock.removeAttribute("data-countdown-then");
        window.location.assign(then);
      }
    });
  }, 1000);

  // After htmx brings a new screen of a live session, move focus to its heading, unless the
  // screen marks its own (autofocus: a form's errors), which htmx focuses by itself, as it
  // does on a round's pages.
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.target.id === "live-stage" && !event.target.querySelector("[autofocus]")) {
      var heading = document.getElementById("prompt");
      if (heading) heading.focus();
    }
  });

  // Teachers' quizzes: a share link's copy button (shown only where this script runs; the
  // readonly input stays selectable without it).
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy]"), function (button) {
    button.hidden = false;
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    var input = document.querySelector(button.getAttribute("data-copy"));
    var status = button.closest(".share-panel").querySelector(".copy-status");
    function selectIt() {
      input.focus();
      input.select();
      status.textContent = "Selected: press Ctrl+C (or ⌘+C) to copy.";
    }
    if (!navigator.clipboard || !window.isSecureContext) return selectIt();
    navigator.clipboard.writeText(input.value).then(function () {
      status.textContent = "Link copied.";
    }, selectIt);
  });

  // Students' rounds: htmx focuses the feedback's heading after an answer (autofocus); when
  // the Next button below it is off the screen (a phone, a long question), the feedback
  // scrolls to the top, so that the verdict, the right answer and Next show together.
  document.addEventListener("htmx:afterSettle", function () {
    var heading = document.activeElement;
    if (!heading || heading.id !== "feedback-heading") return;
    var next = document.querySelector("#feedback .next");
    if (next && next.getBoundingClientRect().bottom > window.innerHeight) {
      heading.scrollIntoView({block: "start"});
    }
  });
})();

// Results and time zones (issue 12): the time zone form preselects the browser's own zone
// while the teacher has none saved; only saving it changes anything.
(function () {
  "use strict";
  function guessZone(root) {
    var form = root.querySelector ? root.querySelector("form[data-guess-zone]") : null;
    if (!form || !window.Intl) return;
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    var select = form.querySelector("select[name=time_zone]");
    if (!zone || !select || select.value === zone || !select.querySelector('option[value="' + zone + '"]')) return;
    select.value = zone;
    var note = form.querySelector("[data-guess-note]");
    if (note) note.hidden = false;
  }
  document.addEventListener("DOMContentLoaded", function () { guessZone(document); });
  document.addEventListener("htmx:afterSettle", function (event) { guessZone(event.target.parentNode || document); });
})();
