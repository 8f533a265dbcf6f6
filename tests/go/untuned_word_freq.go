// Word frequencies: FieldsFunc/unicode splitting, map counting, sort.Slice with a tie-break, map printing.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox, being quick, runs away! A fox is quick -- and a dog is lazy?`

type pair struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	freq := map[string]int{}
	for _, w := range words {
		freq[strings.ToLower(w)]++
	}
	var pairs []pair
	for w, c := range freq {
		pairs = append(pairs, pair{w, c})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].count != pairs[j].count {
			return pairs[i].count > pairs[j].count
		}
		return pairs[i].word < pairs[j].word
	})
	fmt.Println("distinct:", len(pairs), "total:", len(words))
	for i, p := range pairs {
		if i == 6 {
			break
		}
		bar := strings.Repeat("#", p.count)
		fmt.Printf("%-6s %2d %s\n", p.word, p.count, bar)
	}
	longest := ""
	for w := range freq {
		if len(w) > len(longest) || (len(w) == len(longest) && w < longest) {
			longest = w
		}
	}
	fmt.Printf("longest=%q title=%s\n", longest, strings.ToTitle(longest[:1])+longest[1:])
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ","))
	fmt.Println(freq)
}
