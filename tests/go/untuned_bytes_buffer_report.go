// A report built in a bytes.Buffer, sort.Sort/Stable/Reverse, bytes helpers, io.Copy/ReadAll/LimitReader, stderr.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type Item struct {
	SKU   string
	Qty   int
	Price float64
}

type byValue []Item

func (b byValue) Len() int { return len(b) }
func (b byValue) Less(i, j int) bool {
	return float64(b[i].Qty)*b[i].Price > float64(b[j].Qty)*b[j].Price
}
func (b byValue) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

func report(w io.Writer, items []Item) (int64, error) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%-6s %4s %8s %9s\n", "SKU", "QTY", "PRICE", "VALUE")
	buf.WriteString(strings.Repeat("-", 30) + "\n")
	total := 0.0
	for _, it := range items {
		v := float64(it.Qty) * it.Price
		total += v
		fmt.Fprintf(&buf, "%-6s %4d %8.2f %9.2f\n", it.SKU, it.Qty, it.Price, v)
	}
	fmt.Fprintf(&buf, "%-6s %23.2f\n", "TOTAL", total)
	return buf.WriteTo(w)
}

func main() {
	items := []Item{{"A-1", 3, 9.99}, {"B-22", 10, 1.5}, {"C-3", 1, 120}, {"D-4", 0, 5}, {"E-5", 7, 2.25}}
	sort.Sort(byValue(items))
	n, err := report(os.Stdout, items)
	fmt.Println(n, err)
	sort.Stable(sort.Reverse(byValue(items)))
	fmt.Println(items[0].SKU, items[len(items)-1].SKU, sort.IsSorted(sort.Reverse(byValue(items))))
	var b bytes.Buffer
	b.WriteString("hello world")
	p := make([]byte, 5)
	k, _ := b.Read(p)
	fmt.Printf("%q %d %q %d\n", p[:k], b.Len(), b.String(), b.Cap() >= b.Len())
	line, err := bytes.NewBufferString("one\ntwo").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.HasPrefix([]byte("golang"), []byte("go")), string(bytes.ToUpper([]byte("abc"))))
	fields := bytes.Fields([]byte(" x  y z "))
	fmt.Println(len(fields), string(bytes.Join(fields, []byte("|"))))
	var sb strings.Builder
	nn, _ := io.Copy(&sb, strings.NewReader("copied text"))
	fmt.Println(nn, sb.String())
	data, _ := io.ReadAll(io.LimitReader(strings.NewReader("abcdefgh"), 3))
	fmt.Println(string(data))
	fmt.Fprintln(os.Stderr, "report done")
}
