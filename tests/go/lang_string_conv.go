package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 65
	fmt.Println(string(rune(n)), strconv.Itoa(n), fmt.Sprint(n))
	b := []byte{'g', 'o'}
	s := string(b)
	b[0] = 'G'
	fmt.Println(s, string(b))
	r := []rune("añb")
	r[1] = 'n'
	fmt.Println(string(r), len("añb"), len(r))
	fmt.Println(string([]byte(nil)) == "", []byte("") != nil)
	bs := []byte("hello")
	fmt.Println(string(bs[1:3]), bs[0] == 'h')
	var sb []byte
	for i := 0; i < 3; i++ {
		sb = strconv.AppendInt(sb, int64(i), 10)
		sb = append(sb, ',')
	}
	fmt.Println(string(sb))
	fmt.Printf("%q %q\n", string(rune(0x10FFFF+1)), string(rune(0xD800)))
	str := "abc"
	for i := 0; i < len(str); i++ {
		fmt.Print(str[i]-'a', " ")
	}
	fmt.Println()
}
