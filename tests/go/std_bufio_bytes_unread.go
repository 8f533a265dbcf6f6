// bufio.Reader's Peek, Discard, ReadLine, UnreadByte/UnreadRune (with Go's errors), Reset
// and WriteTo; bytes.Buffer's ReadRune, Unread*, Next, Peek, ReadBytes, ReadFrom.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("héllo\r\nworld\nlast"))
	fmt.Println(r.UnreadByte(), r.UnreadRune(), r.Size(), r.Buffered())
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.UnreadByte())
	ru, sz, _ := r.ReadRune()
	ru, sz, _ = r.ReadRune()
	fmt.Println(string(ru), sz, r.UnreadRune(), r.UnreadRune())
	line, pre, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, pre, err)
	n, err := r.Discard(2)
	fmt.Println(n, err)
	line, pre, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, pre, err)
	line, pre, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, pre, err)
	line, pre, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, pre, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	r.Reset(strings.NewReader("again\n"))
	m, err := r.WriteTo(os.Stdout)
	fmt.Println(m, err)
	p, err = r.Peek(1)
	fmt.Printf("%q %v\n", p, err)
	n, err = r.Discard(5)
	fmt.Println(n, err)

	var b bytes.Buffer
	fmt.Println(b.UnreadByte(), b.UnreadRune())
	b.WriteString("añb\nrest of it")
	fmt.Println(b.UnreadByte())
	x, s, _ := b.ReadRune()
	x, s, _ = b.ReadRune()
	fmt.Println(string(x), s, b.UnreadRune(), b.UnreadRune(), b.Len())
	b.ReadRune()
	fmt.Printf("%q %q\n", b.Next(2), b.Next(0))
	fmt.Println(b.UnreadByte(), b.Len())
	pk, err := b.Peek(4)
	fmt.Printf("%q %v\n", pk, err)
	pk, err = b.Peek(40)
	fmt.Printf("%q %v\n", pk, err)
	line2, err := b.ReadBytes(' ')
	fmt.Printf("%q %v\n", line2, err)
	k, err := b.ReadFrom(strings.NewReader(" + more"))
	fmt.Println(k, err, b.String())
	fmt.Println(b.Available() >= 0, len(b.AvailableBuffer()))
}
