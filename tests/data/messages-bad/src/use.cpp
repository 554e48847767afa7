auto a = L.format("x.one", {{"n", "1"}});
auto b = L.text("x.three");
