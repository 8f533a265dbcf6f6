package main

import (
	"errors"
	"fmt"
	"sort"
)

// Library code calling back into the program: fmt calls Error and String
// methods, sort.Slice calls less. Each callback reads memory the program wrote.
var errGone = errors.New("gone")

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type point struct{ x, y int }

func main() {
	fmt.Println(errGone)
	wrapped := fmt.Errorf("load %s: %w", "profile", errGone)
	fmt.Println(wrapped, errors.Is(wrapped, errGone))
	fmt.Printf("%v|%s|%q\n", celsius(21.5), celsius(-3), errGone)
	pts := []point{{3, 1}, {1, 2}, {2, 0}}
	sort.Slice(pts, func(i, j int) bool { return pts[i].x < pts[j].x })
	fmt.Println(pts)
}
