package game

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"outagelab/game/ui"
	"outagelab/sim"
)

// Size of a saved picture, in pixels: 16:9 for a slide.
const (
	exportW = 1600
	exportH = 900
)

// exportPicture draws the open tab's chart, comparison or availability
// on a slide-sized picture with the design's title and incident.
func (d *sandboxDrawer) exportPicture() *image.RGBA {
	img := ebiten.NewImage(exportW, exportH)
	defer img.Deallocate()
	img.Fill(d.pal.BG)
	u := float64(exportH) / 720 * 16
	a := d.s
	lang := d.v.Lang
	title := "Outage Lab · " + a.Box().Compiled.Title.In(string(lang))
	d.tf.draw(img, d.clip(title, 1.3*u, exportW-2*u), 1.3*u, u, 0.9*u, d.pal.Text, alignLeft)
	sub := a.IncidentLines()[0] + " · " + a.Outcome()
	d.tf.draw(img, d.clip(sub, 0.8*u, exportW-2*u), 0.8*u, u, 2.7*u, d.pal.Muted, alignLeft)
	body := ui.Rect{X: u, Y: 4.4 * u, W: exportW - 2*u, H: exportH - 6.2*u}
	switch a.Box().Tab {
	case ui.TabCompare:
		d.drawComparison(img, body, ui.Rect{}, u)
	case ui.TabNines:
		d.drawNines(img, body, u, d.drawNinesRows)
	default:
		d.legend(img, body.X, body.Y, u)
		c := ui.NewChart(a.Box().Series, d.v.P.ClockAt, ui.Rect{X: body.X, Y: body.Y + 1.8*u, W: body.W, H: body.H - 1.8*u}, u, string(lang))
		d.drawChart(img, &c, u, sim.Seconds(-1))
	}
	d.tf.draw(img, ui.Text(ui.AnFooter, lang), 0.6*u, u, exportH-1.3*u, d.pal.Muted, alignLeft)
	rgba := image.NewRGBA(image.Rect(0, 0, exportW, exportH))
	img.ReadPixels(rgba.Pix)
	return rgba
}
