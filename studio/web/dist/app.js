document.getElementById("app").textContent = "redline studio (the page is being built)";
