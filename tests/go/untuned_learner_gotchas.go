// Learner gotchas: range copies, append aliasing, map-of-struct updates, bytes vs runes, shadowing, interface copies.
package main

import (
	"fmt"
	"strings"
)

type Player struct {
	Name  string
	Score int
}

func main() {
	players := []Player{{"ann", 1}, {"bob", 2}}
	for _, p := range players {
		p.Score *= 100 // modifies a copy
	}
	fmt.Println(players)
	for i := range players {
		players[i].Score *= 100
	}
	fmt.Println(players)

	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2) // shares base's array with a
	fmt.Println(a, b, &a[0] == &b[0])
	c := append(base[:3:3], 3)
	c[0] = 99
	fmt.Println(base, c)

	m := map[string]Player{"x": {"x", 5}}
	p := m["x"]
	p.Score++
	m["x"] = p
	fmt.Println(m)
	pm := map[string]*Player{"y": {"y", 1}}
	pm["y"].Score += 41
	fmt.Println(*pm["y"])

	s := "héllo, 世界"
	fmt.Println(len(s), len([]rune(s)), strings.Count(s, ""))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%d bytes) ", i, r, len(string(r)))
		}
	}
	fmt.Println()
	fmt.Println(s[1], string(s[1]), s[1:3], []byte(s[:3]))

	var nilSlice []string
	nilSlice = append(nilSlice, "ok")
	fmt.Println(nilSlice, len(nilSlice))
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	arr2 := arr
	sl[0] = 100
	fmt.Println(arr, arr2, sl)

	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	var iface any = players[0]
	players[0].Name = "changed"
	fmt.Println(iface.(Player).Name, players[0].Name)
	fmt.Println(7/2, 7/2.0, float64(7)/2, 1<<3|1, 6&^4, -5%3)
}
