// The builtins print and println write a string's bytes to stderr as they are, valid UTF-8
// or not, and format other values their own way.
package main

func main() {
	s := "caf\xe9 \xff"
	print(s, 1, "\n")
	println(s, true, 2.5, 'x', -7)
	var b []byte
	println(len(b), s[3:])
	println()
	print()
}
