// strings.Reader and bytes.Reader: runes and bytes read and unread (with Go's errors),
// Seek from each end, ReadAt, WriteTo (io.Copy goes through it), Len/Size/Reset.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	for _, r := range []interface {
		io.Reader
		io.Seeker
		io.RuneScanner
		io.ByteScanner
		io.ReaderAt
		io.WriterTo
		Len() int
		Size() int64
	}{strings.NewReader("héllo, wörld"), bytes.NewReader([]byte("héllo, wörld"))} {
		fmt.Println(r.UnreadByte(), r.UnreadRune())
		c, sz, err := r.ReadRune()
		fmt.Println(string(c), sz, err, r.Len(), r.Size())
		c, sz, err = r.ReadRune()
		fmt.Println(string(c), sz, err, r.UnreadRune(), r.UnreadRune())
		b, _ := r.ReadByte()
		fmt.Println(b, r.UnreadByte(), r.UnreadRune())
		pos, err := r.Seek(-3, io.SeekEnd)
		fmt.Println(pos, err)
		rest, _ := io.ReadAll(r)
		fmt.Printf("%q %d\n", rest, r.Len())
		_, err = r.Seek(-1, io.SeekStart)
		fmt.Println(err)
		_, err = r.Seek(0, 7)
		fmt.Println(err)
		buf := make([]byte, 4)
		n, err := r.ReadAt(buf, 9)
		fmt.Println(n, err, string(buf[:n]))
		_, err = r.ReadAt(buf, -1)
		fmt.Println(err)
		r.Seek(3, io.SeekStart)
		m, err := r.WriteTo(os.Stdout)
		fmt.Println("", m, err)
		m, err = r.WriteTo(os.Stdout)
		fmt.Println(m, err)
	}
	br := bytes.NewReader([]byte("reset me"))
	br.Reset([]byte("new"))
	all, _ := io.ReadAll(br)
	fmt.Println(string(all))
	n, err := io.Copy(os.Stdout, strings.NewReader("via WriteTo\n"))
	fmt.Println(n, err)
}
