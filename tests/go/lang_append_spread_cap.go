// Capacities after append: a spread append (`append(s, t...)`) rounds the exact need up to
// a size class; listing values into a slice that stays local starts from 32 bytes.
package main

import "fmt"

func main() {
	b := append([]byte{}, "hello"...)
	c := append([]int{1}, make([]int, 2)...)
	xs := []int{7}
	d := append([]int(nil), xs...)
	w := append([]string(nil), []string{"a", "b", "c"}...)
	a := append([]byte{}, 'h')
	var s []int
	s = append(s, 1, 2, 3)
	fmt.Println(cap(b), cap(c), cap(d), cap(w), cap(a), cap(s))
	var grow []int
	last := -1
	for i := 0; i < 40; i++ {
		grow = append(grow, xs...)
		if cap(grow) != last {
			last = cap(grow)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
}
