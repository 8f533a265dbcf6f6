package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[0:1], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	b := []byte(s)
	fmt.Println(len(b), b[:4])
	r := []rune(s)
	fmt.Println(len(r), r[1], string(r[7:]))
	b[0] = 'H'
	fmt.Println(string(b), s)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	t := s + "!"
	t += "?"
	fmt.Println(t, s < t, "abc" < "abd", "Z" < "a")
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	fmt.Println([]rune(bad))
	raw := `a\nb`
	fmt.Println(raw, len(raw))
	var x byte = 'z'
	fmt.Println(x, string(x))
}
