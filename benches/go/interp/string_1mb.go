// A string of N bytes built by appending to a byte slice.
package main

const N = 1_000_000

func main() {
	b := []byte{}
	for i := 0; i < N; i++ {
		b = append(b, 'a'+byte(i%26))
	}
	s := string(b)
	println(len(s))
}
