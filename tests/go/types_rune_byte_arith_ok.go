package main

import "fmt"

func main() {
	c := 'a' + 1
	fmt.Println(c, string(c))
	fmt.Printf("%T %T %T\n", 'a', 'a'+1.0, "x"[0])
	var b byte = 'A' + 2
	fmt.Println(b, string(rune(b)))
	fmt.Println('z' - 'a', "abc"[1] - 'a')
	s := "hey"
	fmt.Println(s[0] == 'h', s[1:] + string(s[0]))
	for i, r := range "añ" {
		fmt.Println(i, r, string(r))
	}
}
