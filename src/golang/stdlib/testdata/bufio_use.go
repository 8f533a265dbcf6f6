package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("line one\nline two\r\n\nlast"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader("  alpha beta\tgamma\n delta "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), ",")
	}
	fmt.Println(n, ws.Err())
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 42)
	w.WriteString("more\n")
	fmt.Println("before flush", w.Buffered())
	w.Flush()
	r := bufio.NewReader(strings.NewReader("a,b,c"))
	s, err := r.ReadString(',')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadString('x')
	fmt.Printf("%q %v\n", s, err)
	in := bufio.NewScanner(os.Stdin)
	fmt.Println(in.Scan(), in.Err())
}
