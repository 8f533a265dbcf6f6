// What a program writes to stdout reaches it byte for byte, UTF-8 or not: raw writes,
// strings made from arbitrary bytes, a rune split across two writes, %s and %q of bad
// bytes, and a string(rune) of an invalid code point (which Go turns into U+FFFD itself).
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	os.Stdout.Write([]byte{0xff, 0xfe, '\n'})
	fmt.Print(string([]byte{0xc3}), "|", string([]byte{0x80, 0xe2, 0x82}), "\n")

	// The two halves of "é" in separate writes still make one character.
	os.Stdout.Write([]byte{0xc3})
	os.Stdout.Write([]byte{0xa9, '\n'})

	bad := string([]byte{'a', 0xed, 0xa0, 0x80, 'b'}) // an encoded surrogate: not UTF-8
	fmt.Printf("%s %q %x %d\n", bad, bad, bad, len(bad))
	fmt.Println(string(rune(0xD800)), string(rune(-1)), []byte(string(rune(0x110000))))

	w := bufio.NewWriter(os.Stdout)
	for b := 0x80; b < 0x100; b += 0x11 {
		w.WriteByte(byte(b))
	}
	w.WriteString("\n")
	w.Flush()

	os.Stderr.Write([]byte{0xf0, 0x9f, '\n'})
	fmt.Fprintln(os.Stderr, "done")
}
