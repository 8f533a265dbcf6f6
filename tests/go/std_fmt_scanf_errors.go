// fmt.Sscanf/Sscanln/Fscanln/Fscanf error cases: input ending before a verb (EOF),
// a line ending early, extra items on a line, literal text in the format.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var a, b int
	var s string
	var f float64
	fmt.Println(fmt.Sscanf("", "%d", &a))
	fmt.Println(fmt.Sscanf("5", "%d %d", &a, &b))
	fmt.Println(fmt.Sscanf("x:5", "x:%d", &a))
	fmt.Println(a)
	fmt.Println(fmt.Sscan("", &a))
	fmt.Println(fmt.Sscanln("1\n2", &a, &b))
	fmt.Println(fmt.Sscanln("1 2 3", &a, &b))
	fmt.Println(fmt.Sscanln("", &a))
	r := strings.NewReader("1\n2\n3 4.5 word\n")
	fmt.Println(fmt.Fscanln(r, &a))
	fmt.Println(a)
	fmt.Println(fmt.Fscanln(r, &a, &b))
	fmt.Println(a)
	fmt.Println(fmt.Fscanf(r, "%d %f %s", &a, &f, &s))
	fmt.Println(a, f, s)
	fmt.Println(fmt.Fscanf(r, "%d", &a))
	fmt.Println(fmt.Fscan(r, &a))
}
