"""The map's own controls, drawn in JavaScript: sea colour, legend, credits, view link, links.

Done in script rather than in the HTML body so that they also work inside the
``streamlit-folium`` component, which only runs the map's script.
"""

from __future__ import annotations

from folium.elements import MacroElement
from folium.template import Template

# A chain-link icon drawn in SVG: an emoji may have no glyph on a machine without emoji fonts.
_LINK_ICON = (
    '<svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="#333" stroke-width="2.2" '
    'stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">'
    '<path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7"/>'
    '<path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7"/></svg>'
)


class MapDecorations(MacroElement):
    """Sea colour, legend, credit line, view link and evidence-link handler of a map, in JavaScript.

    The ``streamlit-folium`` component's iframe may not navigate the top window, so
    a click on an evidence link is replayed on a link of the parent page, which is
    of the same origin.

    Parameters
    ----------
    legend
        The legend HTML (already escaped).
    sea
        Background colour of the map.
    credit
        The attribution line (already escaped).
    view_link
        The view's permalink; the "link to this view" button sets its ``lat``, ``lon``
        and ``zoom`` to the map's. ``""`` uses the address of the page.

    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            map.getContainer().style.background = {{ this.sea|tojson }};
            map.attributionControl.setPrefix("Leaflet");
            map.attributionControl.addAttribution({{ this.credit|tojson }});
            map.attributionControl.getContainer().style.fontSize = "11px";
            var legend = L.control({position: "bottomleft"});
            legend.onAdd = function () {
                var div = L.DomUtil.create("div", "mpm-legend");
                div.innerHTML = {{ this.legend|tojson }};
                if (map.getSize().x < 700) { div.firstChild.open = false; }
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                // An open popup is what is being read: fold the legend that would hide its foot.
                map.on("popupopen", function () { div.firstChild.open = false; });
                return div;
            };
            legend.addTo(map);
            // "Link to this view": the view's permalink with the map's current centre
            // and zoom, shown to copy (and copied where the browser allows).
            var viewLink = L.control({position: "topleft"});
            viewLink.onAdd = function () {
                var div = L.DomUtil.create("div", "leaflet-bar mpm-viewlink");
                var button = L.DomUtil.create("a", "", div);
                button.href = "#";
                button.title = "Link to this view (centre and zoom)";
                button.setAttribute("role", "button");
                button.setAttribute("aria-label", button.title);
                button.innerHTML = {{ this.link_icon|tojson }};
                button.style.cssText = "display:flex;align-items:center;justify-content:center";
                div.style.position = "relative";
                var box = L.DomUtil.create("input", "mpm-viewlink-url", div);
                box.type = "text";
                box.readOnly = true;
                box.setAttribute("aria-label", "Link to this view");
                box.style.cssText = "display:none;position:absolute;left:36px;top:0;width:28em;" +
                    "font-size:12px;padding:5px;border:2px solid rgba(0,0,0,.2);border-radius:4px";
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                L.DomEvent.on(button, "click", function (event) {
                    L.DomEvent.preventDefault(event);
                    var here = window.location.href;
                    try {
                        if (window.parent !== window) { here = window.parent.location.href; }
                    } catch (err) { here = window.location.href; }
                    var url;
                    try { url = new URL({{ this.view_link|tojson }} || here, here); } catch (err) { return; }
                    var centre = map.wrapLatLng(map.getCenter());
                    url.searchParams.set("lat", centre.lat.toFixed(4));
                    url.searchParams.set("lon", centre.lng.toFixed(4));
                    url.searchParams.set("zoom", String(map.getZoom()));
                    box.value = url.toString();
                    box.style.display = "block";
                    box.focus();
                    box.select();
                    if (navigator.clipboard && window.isSecureContext) {
                        navigator.clipboard.writeText(box.value).catch(function () { return; });
                    }
                });
                return div;
            };
            viewLink.addTo(map);
            // Inside the streamlit-folium iframe, whose sandbox forbids navigating the
            // top window, follow an evidence link through the (same-origin) parent page.
            map.getContainer().addEventListener("click", function (event) {
                var link = event.target.closest ? event.target.closest("a.mpm-open") : null;
                if (!link || window.parent === window) { return; }
                try {
                    var doc = window.parent.document;
                    var proxy = doc.createElement("a");
                    proxy.href = link.href;
                    doc.body.appendChild(proxy);
                    proxy.click();
                    proxy.remove();
                    event.preventDefault();
                } catch (err) {
                    return;
                }
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, legend: str, sea: str, credit: str, view_link: str = "") -> None:
        super().__init__()
        self._name = "MapDecorations"
        self.legend = legend
        self.sea = sea
        self.view_link = view_link
        self.link_icon = _LINK_ICON
        self.credit = credit
