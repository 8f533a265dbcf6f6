package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%10s|%-10s|%.2s|%5.1s|\n", s, s, s, s, s)
	fmt.Printf("%q|%+q|%#q|%x|%X|% x|%#x\n", "héllo\n", "héllo", "back`tick", "hi", "hi", "hi", "hi")
	fmt.Printf("%q\n", `a"b`)
	fmt.Printf("%s %v %q\n", []byte("bytes"), []byte("ab"), []byte("q"))
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%x\n", "\xff\x00")
	fmt.Printf("%-5s|%5s|\n", "日本", "日本")
	fmt.Printf("%.3q\n", "abcdef")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%z\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
}
