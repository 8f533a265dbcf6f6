// io's helpers: ReadAll, Copy/CopyN (with a writer that reports each Write), ReadFull and
// ReadAtLeast errors, LimitReader, MultiReader, MultiWriter, TeeReader, NopCloser, and
// io.Pipe between goroutines: close errors, a closed reader, short reads of one write.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	fmt.Printf("[write %d]", len(p))
	return u.w.Write(bytes.ToUpper(p))
}

type slow struct{ s string }

func (r *slow) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s)
	r.s = r.s[n:]
	return n, nil
}

func main() {
	b, err := io.ReadAll(&slow{"hello world"})
	fmt.Printf("%q %v %d\n", b, err, cap(b))
	n, err := io.Copy(upper{os.Stdout}, strings.NewReader("copied text\n"))
	fmt.Println(n, err)
	n, err = io.CopyN(upper{os.Stdout}, &slow{"abcdef"}, 3)
	fmt.Println(n, err)
	n, err = io.CopyN(io.Discard, &slow{"ab"}, 5)
	fmt.Println(n, err)
	buf := make([]byte, 4)
	k, err := io.ReadFull(&slow{"xy"}, buf)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Println(k, err, string(buf[:k]))
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 9)
	fmt.Println(k, err)
	all, _ := io.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 4))
	fmt.Println(string(all))
	mr := io.MultiReader(strings.NewReader("one "), &slow{"two "}, strings.NewReader("three"))
	all, _ = io.ReadAll(mr)
	fmt.Println(string(all))
	var b1, b2 bytes.Buffer
	w := io.MultiWriter(&b1, &b2)
	fmt.Fprintf(w, "to both %d", 2)
	fmt.Println(b1.String(), "|", b2.String())
	var seen bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed"), &seen)
	all, _ = io.ReadAll(tr)
	fmt.Println(string(all), seen.String())
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())

	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.CloseWithError(errors.New("producer done"))
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)
	pr2, pw2 := io.Pipe()
	pr2.Close()
	_, err = pw2.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)
	pr3, pw3 := io.Pipe()
	go func() {
		pw3.Write([]byte("abcdefgh"))
		pw3.Close()
	}()
	small := make([]byte, 3)
	for {
		k, err := pr3.Read(small)
		fmt.Printf("%d %q %v; ", k, small[:k], err)
		if err != nil {
			break
		}
	}
	fmt.Println()
}
