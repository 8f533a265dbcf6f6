package main

import (
	"fmt"
	"strconv"
)

type Name string

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	fmt.Println(strconv.Itoa(42) + "!")
	bs := []byte("héllo")
	rs := []rune("héllo")
	fmt.Println(len(bs), len(rs), string(bs[1:3]), string(rs[1]))
	var n Name = "gopher"
	s := string(n)
	fmt.Println(s, []byte(n)[0], Name("x")+n)
	fmt.Println(string([]rune{72, 105}), string([]byte{0x47, 0x6f}))
}
