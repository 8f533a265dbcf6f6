// Parsing commands with fmt.Sscan/Sscanf/Sscanln/Fscan: %d %g %c %s %x and the errors on bad input.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func main() {
	lines := []string{"move 3 4", "move -1 x", "say hello", "jump 2.5", "move 10 20"}
	var pos Point
	for _, l := range lines {
		var cmd string
		fmt.Sscan(l, &cmd)
		switch cmd {
		case "move":
			var dx, dy int
			n, err := fmt.Sscanf(l, "move %d %d", &dx, &dy)
			if err != nil {
				fmt.Printf("%-12q n=%d err=%v\n", l, n, err)
				continue
			}
			pos.X += dx
			pos.Y += dy
		case "jump":
			var h float64
			fmt.Sscanf(l, "jump %g", &h)
			fmt.Println("jumped", h*2)
		default:
			fmt.Printf("unknown %q\n", cmd)
		}
	}
	fmt.Printf("%+v\n", pos)
	var a, b string
	var c int
	n, err := fmt.Sscan("alpha beta 7 extra", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanln("1 2\n3", &c, &c, &c)
	fmt.Println(n, err, c)
	var r rune
	var s string
	fmt.Sscanf("x:abc", "%c:%s", &r, &s)
	fmt.Println(string(r), s)
	var hx int
	fmt.Sscanf("ff", "%x", &hx)
	fmt.Println(hx)
	rd := strings.NewReader("5 6 7")
	sum := 0
	for {
		var v int
		if _, err := fmt.Fscan(rd, &v); err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += v
	}
	fmt.Println(sum)
}
