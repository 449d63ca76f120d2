// Small progressive enhancements; every page works without this file.
// Tooltips: an element's data-tip shows in a box on hover or keyboard focus (its title is the no-JS fallback).
(function () {
  "use strict";
  var tip = null;
  function show(el) {
    if (!tip) {
      tip = document.createElement("div");
      tip.className = "tooltip";
      tip.setAttribute("role", "tooltip");
      document.body.appendChild(tip);
    }
    tip.textContent = el.getAttribute("data-tip"); // text, never markup
    var box = el.getBoundingClientRect();
    tip.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - 360)) + "px";
    tip.style.top = window.scrollY + box.bottom + 6 + "px";
    tip.hidden = false;
  }
  function hide() {
    if (tip) tip.hidden = true;
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-tip]").forEach(function (el) {
      el.removeAttribute("title");
      el.addEventListener("mouseenter", function () { show(el); });
      el.addEventListener("focus", function () { show(el); });
      el.addEventListener("mouseleave", hide);
      el.addEventListener("blur", hide);
    });
    // the sentence a timeline point links to: scroll it into the middle of the screen
    var target = document.querySelector(".claim.target") || (location.hash && document.getElementById(location.hash.slice(1)));
    if (target && target.scrollIntoView) {
      target.classList.add("flash");
      target.scrollIntoView({ block: "center" });
    }
  });
})();
